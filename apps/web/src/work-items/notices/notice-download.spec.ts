import { describe, expect, it } from 'vitest';
import { attachmentFilename } from './notice-download';

describe('attachmentFilename', () => {
  it('prefers the UTF-8 name and falls back to the plain one, then to the given name', () => {
    const name = 'XF-20261202-0001-处理意见书.docx';
    expect(attachmentFilename(`attachment; filename="XF-20261202-0001-_____.docx"; filename*=UTF-8''${encodeURIComponent(name)}`, 'x.docx')).toBe(name);
    expect(attachmentFilename('attachment; filename="plain.docx"', 'x.docx')).toBe('plain.docx');
    expect(attachmentFilename("attachment; filename*=UTF-8''%E0%A4%A", 'x.docx')).toBe('x.docx');
    expect(attachmentFilename(null, 'x.docx')).toBe('x.docx');
  });
});
