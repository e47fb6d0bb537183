import config from '../playwright.config.ts';
export default { ...config, testDir: '../tests/e2e', webServer: undefined };
