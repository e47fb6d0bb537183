import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { BUILDS, htmlFiles } from './built-site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A paper's page is titled with the paper's title; search engines shorten long titles themselves.
    'long-title': 'off',
  },
});

for (const build of BUILDS) {
  describe(`html-validate on ${build.dir}/`, () => {
    for (const file of htmlFiles(build)) {
      test(file, async () => {
        const report = await validator.validateFile(join(build.dir, file));
        const messages = report.results.flatMap((result) =>
          result.messages.map(
            (message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          ),
        );
        assert.deepEqual(messages, []);
      });
    }
  });
}
