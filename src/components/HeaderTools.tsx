// The header's tools beside the help button: lessons, sharing and export, and display options. Each is
// its own component; this row only places them.
import { ExportMenu } from './export/ExportMenu';
import { LessonsMenu } from './LessonsMenu';
import { LanguageControl } from './LanguageControl';
import { PresentationButton } from './PresentationButton';
import { ShareTools } from './ShareTools';
import { ThemeControl } from './ThemeControl';
import { useT } from '../state/language';

export function HeaderTools() {
  const t = useT();
  return (
    <div className="header-tools" role="group" aria-label={t('pg.tools.label')}>
      <LessonsMenu />
      <ShareTools />
      <ExportMenu />
      <LanguageControl />
      <ThemeControl />
      <PresentationButton />
    </div>
  );
}
