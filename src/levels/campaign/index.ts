/** Public API of the campaign: manifest, stars, hints and predictions. */
export { campaignSchema, campaignJsonSchema, CURRENT_CAMPAIGN_VERSION, type Campaign, type Chapter } from './campaignSchema';
export { loadCampaign, campaignLevelIds, type CampaignLoadOptions, type CampaignLoadResult } from './loadCampaign';
export { awardStars, trialsUsed, type StarAward } from './stars';
export { unlockedHints, hintSchedule, type UnlockedHint } from './hints';
export { checkPrediction, findPrediction, predictionsDue, type PredictionCheck, type PredictionRecord } from './predictions';
export {
  checkSketchPrediction, controlTrials, findSketchPrediction, levelTrialCount, perTrialCurve, scoreSketch, sketchAt, sketchAxes,
  sketchPredictionsDue, sketchTrialRange, validateSketch, FULL_MISS_ERROR, SKETCH_GRID_POINTS,
  type SketchAxes, type SketchCheck, type SketchScore, type TrialRange,
} from './sketch';
