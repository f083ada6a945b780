/** Where the network canvas is: the drawn graph, the selected item and the population a projection is being drawn from. */
import type { NetworkGraph } from '../../../editor/views/networkGraph';

export interface CanvasState {
  graph: NetworkGraph;
  selectedKey: string | null;
  /** Set while connecting ("Connect from…" or C): the next population picked becomes the target. */
  connectFromKey: string | null;
}
