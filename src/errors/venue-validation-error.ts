import { MaitreError } from './maitre-error.ts';

export interface ValidationProblem {
  /** Where in the file, e.g. `items[3].price.amount`. */
  path: string;
  message: string;
}

/** A venue file (menu.json, moods.json) that does not match its schema or refers to unknown ids. */
export class VenueValidationError extends MaitreError {
  readonly file: string;
  readonly problems: ValidationProblem[];

  constructor(file: string, problems: ValidationProblem[]) {
    const list = problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n');
    super('VENUE_INVALID', `${file} is invalid:\n${list}`, { file, problems });
    this.file = file;
    this.problems = problems;
  }
}
