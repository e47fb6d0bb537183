import { parse, parseFragment, serialize } from 'parse5';
const h = '<!doctype html><html><head></head><body><select><meta http-equiv="refresh" content="0;url=x"><iframe src="/cv/"></iframe><option>a<span>b</span></option></select><noscript><meta http-equiv="refresh" content="0"></noscript></body></html>';
console.log(serialize(parse(h)));
console.log(serialize(parse(h, { scriptingEnabled: false })));
