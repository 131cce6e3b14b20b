// UI text, namespace "app", language "en". Keys must match the other language (i18n test).
const app: Record<string, string> = {
  'menu-file': 'File',
  'menu-open': 'Open…',
  'menu-save': 'Save',
  'menu-save-as': 'Save As…',
  'menu-quit': 'Quit Nusach',
  'menu-edit': 'Edit',
  'menu-undo': 'Undo',
  'menu-redo': 'Redo',
  'menu-cut': 'Cut',
  'menu-copy': 'Copy',
  'menu-paste': 'Paste',
  'menu-select-all': 'Select All',
  'menu-next-finding': 'Next Finding',
  'menu-previous-finding': 'Previous Finding',
  'menu-view': 'View',
  'menu-ui-language': 'Interface Language',
  'menu-zoom-in': 'Zoom In',
  'menu-zoom-out': 'Zoom Out',
  'menu-zoom-reset': 'Actual Size',
  'menu-full-screen': 'Full Screen',
  'menu-help': 'Help',
  'menu-about': 'About Nusach',
};

export default app;
