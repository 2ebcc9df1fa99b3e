// English: the playground area's messages (see ../messages.ts).
import type { Message } from '../catalogue';

export const playground = {} as const satisfies Record<string, Message>;
