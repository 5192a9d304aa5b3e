// Resource links: broken URLs are reported; the free text real cards keep in link targets is not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlProblem } from '../../server/src/core/rules/links';

void describe('resource link targets', () => {
  const fine = ['https://huggingface.co/spaces/x', 'Limited demo', 'TPU pods', 'YouTube (video only', 'Weights leaked: https://github.com/a/b', 'https://github.com/x (code only)', 'www.example.com', '../../labs/x.md'];
  for (const url of fine) void it(`accepts ${JSON.stringify(url)}`, () => assert.equal(urlProblem(url), null));

  const broken: [string, RegExp][] = [
    ['', /empty/],
    ['htps://example.com', /scheme htps/],
    ['https//example.com', /not a valid URL/],
    ['http:/example.com', /not a valid URL/],
    ['https://', /not a valid URL/],
    ['https://localhostx', /no valid host/],
    ['ftp://example.com/x', /scheme ftp/],
  ];
  for (const [url, why] of broken) void it(`reports ${JSON.stringify(url)}`, () => assert.match(urlProblem(url) ?? '', why));
});
