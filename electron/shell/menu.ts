// The application menu, in Swedish, built from Electron's standard roles (so shortcuts, undo and
// the clipboard behave as on every other program on the platform). A pure template: main.ts hands
// it to Menu.buildFromTemplate, tests read it as data.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = {
  appName: string;
  isMac: boolean;
  /** Only in an unpackaged developer build that asked for them. */
  devTools: boolean;
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ appName, isMac, devTools }: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about', label: `Om ${appName}` },
            separator,
            { role: 'services', label: 'Tjänster' },
            separator,
            { role: 'hide', label: `Göm ${appName}` },
            { role: 'hideOthers', label: 'Göm övriga' },
            { role: 'unhide', label: 'Visa alla' },
            separator,
            { role: 'quit', label: `Avsluta ${appName}` },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'Arkiv',
    submenu: isMac ? [{ role: 'close', label: 'Stäng fönster' }] : [{ role: 'quit', label: 'Avsluta' }],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Redigera',
    submenu: [
      { role: 'undo', label: 'Ångra' },
      { role: 'redo', label: 'Gör om' },
      separator,
      { role: 'cut', label: 'Klipp ut' },
      { role: 'copy', label: 'Kopiera' },
      { role: 'paste', label: 'Klistra in' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle', label: 'Klistra in och matcha stil' } as const] : []),
      { role: 'delete', label: 'Radera' },
      separator,
      { role: 'selectAll', label: 'Markera allt' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'Visa',
    submenu: [
      { role: 'reload', label: 'Läs in igen' },
      ...(devTools ? [{ role: 'toggleDevTools', label: 'Utvecklarverktyg' } as const] : []),
      separator,
      { role: 'resetZoom', label: 'Normal storlek' },
      { role: 'zoomIn', label: 'Zooma in' },
      { role: 'zoomOut', label: 'Zooma ut' },
      separator,
      { role: 'togglefullscreen', label: 'Helskärm' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Fönster',
    role: 'windowMenu',
    submenu: isMac
      ? [{ role: 'minimize', label: 'Minimera' }, { role: 'zoom', label: 'Zooma' }, separator, { role: 'front', label: 'Lägg alla överst' }]
      : [{ role: 'minimize', label: 'Minimera' }, { role: 'close', label: 'Stäng' }],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Hjälp',
    role: 'help',
    submenu: [{ role: 'about', label: `Om ${appName}` }],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}
