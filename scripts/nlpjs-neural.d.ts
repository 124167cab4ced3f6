/** The part of @nlpjs/neural (a devDependency, used only to train) that scripts/train-scope.ts calls. */
declare module '@nlpjs/neural' {
  export interface NeuralSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean | ((status: { iterations: number; error: number }, ms: number) => void);
  }
  export interface NeuralJson {
    settings: NeuralSettings;
    features: string[];
    intents: string[];
    /** Per intent: one weight per feature, then the bias. */
    perceptrons: number[][];
  }
  export class NeuralNetwork {
    constructor(settings?: NeuralSettings);
    settings: Required<Omit<NeuralSettings, 'log'>>;
    train(corpus: Array<{ input: Record<string, number>; output: Record<string, number> }>): unknown;
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): NeuralJson;
  }
  const neural: { NeuralNetwork: typeof NeuralNetwork };
  export default neural;
}
