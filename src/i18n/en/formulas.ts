// English: the formulas area's messages (see ../messages.ts).
import type { Message } from '../catalogue';

export const formulas = {} as const satisfies Record<string, Message>;
