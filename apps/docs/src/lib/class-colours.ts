/** One colour per class (demos.css), as many as a dataset may have classes, so no two classes share a colour. */
export const CLASS_VARS = [
  '--nl-class-a',
  '--nl-class-b',
  '--nl-class-c',
  '--nl-class-d',
  '--nl-class-e',
  '--nl-class-f',
  '--nl-class-g',
  '--nl-class-h',
  '--nl-class-i',
  '--nl-class-j',
] as const;
