// Copy link: the address with every setting in its hash, to the clipboard or offered by hand; the QR code
// of the same address, following the setup while it shows.
import { describe, expect, it, vi } from 'vitest';
import { settingsToHash } from '../core/settingsLink';
import { translator } from '../i18n/messages';
import { command, commandForKey } from './commands';
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
    const { app } = await readyPage('#v=2&m0=-1', new FakeStorage(), clipboard);
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
    const refused = await readyPage('#v=2&m0=2', new FakeStorage(), clipboard);
    refused.app.run('copyLink');
    await settle();
    expect(refused.app.share.status.get()).toEqual({ kind: 'manual', link: ORIGIN + '#v=2&m0=2', reason: 'refused' });
    refused.app.share.close();
    expect(refused.app.share.status.get()).toEqual({ kind: 'idle' });

    const none = await readyPage('#v=2&m0=2', new FakeStorage(), null);
    none.app.run('copyLink');
    await settle();
    expect(none.app.share.status.get()).toMatchObject({ kind: 'manual', reason: 'no-clipboard' });
  });

  it('the link is written to the address bar first: a change a moment ago is in it', async () => {
    const clipboard = new Clipboard();
    const { app } = await readyPage('#v=2', new FakeStorage(), clipboard);
    app.setSetting('seed', 5);
    app.run('copyLink');
    await settle();
    expect(clipboard.text).toBe(ORIGIN + '#v=2&seed=5');
  });

  it('the commands are in the one list, labelled from the lesson texts', () => {
    expect(command('copyLink').label(en, {} as never)).toBe('Copy link');
    expect(command('restoreDefaults').label(en, {} as never)).toBe('Restore defaults');
    expect(command('leaveLesson').label(en, {} as never)).toBe('Leave lesson');
  });
});

describe('the QR code of the link', () => {
  it('shows the address of the setup, follows every change while open, and stops when closed', async () => {
    const { app, location } = await readyPage('#v=2&m0=-1');
    expect(app.share.qrLink.get()).toBeNull();
    expect(app.run('showQr')).toBe(true);
    expect(app.share.qrLink.get()).toBe(ORIGIN + '#v=2&m0=-1');

    // A change while it shows: the code and the address bar agree at once (no throttled write to wait for).
    app.setSetting('seed', 7);
    expect(app.share.qrLink.get()).toBe(ORIGIN + '#v=2&m0=-1&seed=7');
    expect(location.href).toBe(app.share.qrLink.get());
    app.settings.loadHash('#v=2&m1=3'); // a link pasted into the address bar
    expect(app.share.qrLink.get()).toBe(ORIGIN + '#v=2&m1=3');

    expect(app.run('showQr')).toBe(true); // the same command closes it
    expect(app.share.qrLink.get()).toBeNull();
    app.setSetting('seed', 8);
    expect(app.share.qrLink.get()).toBeNull();

    app.run('showQr');
    expect(app.share.qrLink.get()).toBe(ORIGIN + '#v=2&m1=3&seed=8');
    app.share.closeQr();
    expect(app.share.qrLink.get()).toBeNull();
  });

  it('is a command with a key (Q), so the help lists it', () => {
    const qr = command('showQr');
    expect(qr.shortcut).toEqual({ key: 'q', display: 'Q' });
    expect(commandForKey('Q')).toBe(qr);
    expect(qr.label(en, {} as never)).toBe('QR code');
  });
});
