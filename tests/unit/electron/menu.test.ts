import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../electron/shell/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

describe('the application menu', () => {
  it('is in Swedish: Arkiv, Redigera, Visa, Fönster, Hjälp', () => {
    const labels = menuTemplate({ appName: 'Kansli', isMac: false, devTools: false }).map((m) => m.label);
    expect(labels).toStrictEqual(['Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    const mac = menuTemplate({ appName: 'Kansli', isMac: true, devTools: false }).map((m) => m.label);
    expect(mac).toStrictEqual(['Kansli', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
  });

  it('uses the standard roles for editing, so shortcuts and the clipboard work as everywhere else', () => {
    const roles = flatten(menuTemplate({ appName: 'Kansli', isMac: false, devTools: false })).map((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'minimize', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) {
      expect(roles, role).toContain(role);
    }
    for (const item of flatten(menuTemplate({ appName: 'Kansli', isMac: true, devTools: false }))) {
      if (item.type !== 'separator') expect(item.label, String(item.role)).toMatch(/[a-zåäö]/i);
    }
  });

  it('has no developer tools unless asked for', () => {
    for (const isMac of [true, false]) {
      const roles = flatten(menuTemplate({ appName: 'Kansli', isMac, devTools: false })).map((i) => i.role);
      expect(roles).not.toContain('toggleDevTools');
      expect(roles).not.toContain('forceReload');
    }
    const dev = flatten(menuTemplate({ appName: 'Kansli', isMac: false, devTools: true })).map((i) => i.role);
    expect(dev).toContain('toggleDevTools');
  });
});
