// Minimal types for the untyped baseline packages the eval and bench compare against.
declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string): { score: number; comparative: number };
  }
}
declare module 'vader-sentiment' {
  const vader: {
    SentimentIntensityAnalyzer: { polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number } };
  };
  export default vader;
}
declare module 'multilang-sentiment' {
  export default function sentiment(text: string, lang?: string): { score: number; category: 'negative' | 'neutral' | 'positive' };
}
