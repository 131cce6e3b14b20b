import { describe, expect, it } from 'vitest';
import { appFilePath } from './app-files';

describe('app:// file mapping', () => {
  it.each([
    ['app://nusach/', '/dist/index.html'],
    ['app://nusach/index.html', '/dist/index.html'],
    ['app://nusach/assets/index-abc.js', '/dist/assets/index-abc.js'],
    ['app://nusach/assets/%D7%90.txt', '/dist/assets/א.txt'],
    // The URL parser resolves dot segments first, so these stay inside dist/.
    ['app://nusach/../etc/passwd', '/dist/etc/passwd'],
    ['app://nusach/%2e%2e/etc/passwd', '/dist/etc/passwd'],
  ])('%s → %s', (url, file) => {
    expect(appFilePath('/dist', url)).toBe(file);
  });

  it.each([
    'app://nusach/..%2f..%2fetc/passwd',
    'app://nusach/a%00.js',
    'app://nusach/%E0%A4%A',
    'app://other/index.html',
    'file:///dist/index.html',
  ])('refuses %s', (url) => {
    expect(appFilePath('/dist', url)).toBeNull();
  });
});
