// electron-builder configuration: `npm run dist` (after `npm run build`). See build/README.md for
// what each platform needs on the build machine (signing, icons, tools).
//
// electron-builder copies the production `dependencies` from package.json into the app by itself
// (never devDependencies), so node_modules is not listed under `files`. At run time the main
// process needs only the packages esbuild.config.mjs leaves external (pdfkit) and
// dejavu-fonts-ttf, whose font files the PDF service reads. The packages below are bundled into
// dist/ or dist-electron/ by Vite and esbuild and never required at run time, so they are left
// out of app.asar (builder-config.test.ts checks that no external is among them).
const BUNDLED_ONLY = ['react', 'react-dom', 'scheduler', 'dexie', 'zod', 'diff', 'papaparse', 'qrcode', 'fflate'];

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'se.kansli.app',
  productName: 'Kansli',
  copyright: 'Copyright © Kansli',
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'dist/**/*',
    'dist-electron/**/*',
    'package.json',
    '!**/*.map',
    ...BUNDLED_ONLY.map((name) => `!node_modules/${name}/**/*`),
  ],
  asar: true,
  // No native modules: nothing to rebuild against Electron's Node.
  npmRebuild: false,
  // Chromium's own strings (context menus, dialogs) in Swedish and English only.
  electronLanguages: ['sv', 'en-US', 'en-GB'],
  // Fuses are flipped in the Electron binary before signing, so the OS's code signature protects
  // them: no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect to turn the signed app into a
  // general-purpose Node; code only from the integrity-checked app.asar; file:// gets no extras.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  publish: null,

  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    multiLanguageInstaller: true,
    installerLanguages: ['sv_SE', 'en_US'],
    // 1053 = Swedish: the installer opens in Swedish unless Windows says otherwise.
    language: '1053',
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Kansli',
    // The association's data lives in the profile; uninstalling the program must not delete it.
    deleteAppDataOnUninstall: false,
  },

  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    icon: 'build/icon.icns',
  },
  dmg: {
    title: 'Kansli ${version}',
  },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Kansli <kansli@example.invalid>',
    synopsis: 'Föreningens kansli: medlemmar, avgifter, möten och protokoll',
    executableName: 'kansli',
    icon: 'build/icon.png',
  },
};
