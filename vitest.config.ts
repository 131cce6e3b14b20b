import { defineConfig } from 'vitest/config';

// Unit tests live beside the behaviour they pin down (`*.test.ts`) in shared/, electron/ and renderer/.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
  },
});
