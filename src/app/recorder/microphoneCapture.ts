/**
 * Recording from the microphone in the page, nothing sent anywhere: getUserMedia (the browser's own
 * permission prompt), an AnalyserNode for the live level meter and spectrogram, and a
 * ScriptProcessorNode that copies the raw samples (no compression, no echo cancellation, noise
 * suppression or automatic gain, which would bend a whistle) until the player stops or 3 s pass.
 * ScriptProcessorNode, not an AudioWorklet: script-src 'self' would allow a worklet module served as its
 * own file by the hosted site, but the one-file offline build (vite --mode usb) has no second file to
 * serve, only a blob: or data: URL, and worklets fall under script-src (not worker-src, whose blob: the
 * policy in index.html allows), which refuses both. One capture path for both builds.
 */
export interface Captured {
  readonly samples: Float32Array;
  readonly sampleRateHz: number;
}

export interface LiveView {
  /** Peak level of the latest block (0..1) and a spectrogram column (dB, 0-4 kHz). */
  (level: number, columnDb: Float32Array): void;
}

/** The spectrogram shows 0 to this (Hz): whistles and hums, and the bird's range. */
const SPECTROGRAM_TOP_HZ = 4000;
const BLOCK_SAMPLES = 4096;

export class MicrophoneCapture {
  private stopped = false;
  private finish: (() => void) | null = null;

  /** Resolves with the samples once stopped (or at maxMs); rejects when the microphone cannot be had. */
  async record(maxMs: number, live: LiveView, onProgress: (ms: number) => void): Promise<Captured> {
    if (!navigator.mediaDevices?.getUserMedia) throw new MicrophoneMissing();
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 },
    });
    // Whatever happens from here (no AudioContext, no processor, a failed close), the microphone is
    // released: a track left running keeps the browser's recording indicator lit.
    try {
      return await this.capture(stream, maxMs, live, onProgress);
    } finally {
      for (const track of stream.getTracks()) track.stop();
    }
  }

  private async capture(stream: MediaStream, maxMs: number, live: LiveView, onProgress: (ms: number) => void): Promise<Captured> {
    const context = new AudioContext();
    // A context left open holds the audio device; closed whether or not the capture got going.
    try {
      const source = context.createMediaStreamSource(stream);
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      analyser.smoothingTimeConstant = 0;
      const processor = context.createScriptProcessor(BLOCK_SAMPLES, 1, 1);
      source.connect(analyser);
      source.connect(processor);
      // The processor runs only while connected to the output; it writes nothing, so nothing is heard.
      processor.connect(context.destination);
      const maxSamples = Math.round((maxMs * context.sampleRate) / 1000);
      const chunks: Float32Array[] = [];
      let total = 0;
      const spectrum = new Float32Array(analyser.frequencyBinCount);
      const topBin = Math.min(spectrum.length, Math.ceil((SPECTROGRAM_TOP_HZ / context.sampleRate) * analyser.fftSize));
      const done = new Promise<void>((resolve) => { this.finish = resolve; });
      // Stopped (the dialog closed) while the browser was still asking: release the microphone at once.
      if (this.stopped) this.finish?.();
      processor.onaudioprocess = (event) => {
        if (this.stopped) return;
        const input = event.inputBuffer.getChannelData(0);
        const take = Math.min(input.length, maxSamples - total);
        chunks.push(input.slice(0, take));
        total += take;
        let peak = 0;
        for (let n = 0; n < take; n++) peak = Math.max(peak, Math.abs(input[n]));
        analyser.getFloatFrequencyData(spectrum);
        live(peak, spectrum.slice(0, topBin));
        onProgress((total / context.sampleRate) * 1000);
        if (total >= maxSamples) this.stop();
      };
      await done;
      processor.onaudioprocess = null;
      processor.disconnect();
      source.disconnect();
      const samples = new Float32Array(total);
      let at = 0;
      for (const chunk of chunks) { samples.set(chunk, at); at += chunk.length; }
      const sampleRateHz = context.sampleRate;
      return { samples, sampleRateHz };
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  stop(): void {
    this.stopped = true;
    this.finish?.();
  }
}

export class MicrophoneMissing extends Error {}

/** Plays samples once through the page's audio output. */
export function playSamples(samples: Float32Array, sampleRateHz: number): void {
  if (samples.length === 0) return;
  const context = new AudioContext();
  const buffer = context.createBuffer(1, samples.length, sampleRateHz);
  buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  source.onended = () => void context.close();
  source.start();
}
