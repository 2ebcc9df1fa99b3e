// Copy link: the address with every setting in its hash, to the clipboard or offered by hand.
import { describe, expect, it, vi } from 'vitest';
import { settingsToHash } from '../core/settingsLink';
import { translator } from '../i18n/messages';
import { command } from './commands';
import type { ClipboardLike } from './share';
import { COPIED_MS } from './share';
import { FakeStorage } from './testing/fakeTrainer';
import { get, ORIGIN, page, readyPage, settle, pagesPerTest } from './testing/fakePage';

const en = translator('en');

pagesPerTest();

describe('copy link', () => {
  class Clipboard implements ClipboardLike {
    text = '';
    refuse = false;
    writeText(text: string) {
      if (this.refuse) return Promise.reject(new DOMException('denied', 'NotAllowedError'));
      this.text = text;
      return Promise.resolve();
    }
  }

  it('copies the address with every setting in its hash, says so, and the confirmation goes away', async () => {
    const clipboard = new Clipboard();
    const { app } = await readyPage('#v=1&m0=-1', new FakeStorage(), clipboard);
    app.lessons.choose('forward-reverse-kl');
    app.run('lessonNext');
    expect(app.run('copyLink')).toBe(true);
    await settle();
    expect(clipboard.text).toBe(ORIGIN + '#' + settingsToHash(get(app)));
    expect(clipboard.text).toContain('lesson=forward-reverse-kl');
    expect(clipboard.text).toContain('lstep=1');
    expect(clipboard.text).toContain('view=explorer');
    expect(app.share.status.get()).toEqual({ kind: 'copied', link: clipboard.text });
    vi.advanceTimersByTime(COPIED_MS);
    expect(app.share.status.get()).toEqual({ kind: 'idle' });
    // The copied link opens the same setup elsewhere.
    const other = page(clipboard.text.slice(ORIGIN.length), null);
    expect(get(other.app)).toEqual(get(app));
  });

  it('a refused or missing clipboard offers the link to copy by hand', async () => {
    const clipboard = new Clipboard();
    clipboard.refuse = true;
    const refused = await readyPage('#v=1&m0=2', new FakeStorage(), clipboard);
    refused.app.run('copyLink');
    await settle();
    expect(refused.app.share.status.get()).toEqual({ kind: 'manual', link: ORIGIN + '#v=1&m0=2', reason: 'refused' });
    refused.app.share.close();
    expect(refused.app.share.status.get()).toEqual({ kind: 'idle' });

    const none = await readyPage('#v=1&m0=2', new FakeStorage(), null);
    none.app.run('copyLink');
    await settle();
    expect(none.app.share.status.get()).toMatchObject({ kind: 'manual', reason: 'no-clipboard' });
  });

  it('the link is written to the address bar first: a change a moment ago is in it', async () => {
    const clipboard = new Clipboard();
    const { app } = await readyPage('#v=1', new FakeStorage(), clipboard);
    app.setSetting('seed', 5);
    app.run('copyLink');
    await settle();
    expect(clipboard.text).toBe(ORIGIN + '#v=1&seed=5');
  });

  it('the commands are in the one list, labelled from the lesson texts', () => {
    expect(command('copyLink').label(en, {} as never)).toBe('Copy link');
    expect(command('restoreDefaults').label(en, {} as never)).toBe('Restore defaults');
    expect(command('leaveLesson').label(en, {} as never)).toBe('Leave lesson');
  });
});
