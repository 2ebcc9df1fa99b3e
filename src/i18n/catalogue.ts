// The shape every language must fill: English is the source, and a translation is typed against it, so a
// missing key or a message with other parameters fails the typecheck (docs: README, "Languages").
// A message is a string, or a function of typed parameters for sentences with numbers or names in them.

/** What a message may be: text, or a sentence built from parameters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((params: any) => string);

/** The same keys as `T`, each with the same kind of message (a string, or a function of the same parameters). */
export type TranslationOf<T extends Record<string, Message>> = {
  [K in keyof T]: T[K] extends (params: infer P) => string ? (params: P) => string : string;
};
