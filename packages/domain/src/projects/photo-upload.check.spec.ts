import { describe, expect, it } from 'vitest';
import { photoCountProblem, photoProblem, sniffPhotoType } from './photo-upload.check.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
const WEBP = Uint8Array.from([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]);

describe('photo uploads', () => {
  it('reads the type from the bytes, not the name', () => {
    expect(sniffPhotoType(JPEG)).toBe('jpeg');
    expect(sniffPhotoType(PNG)).toBe('png');
    expect(sniffPhotoType(WEBP)).toBe('webp');
    expect(sniffPhotoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffPhotoType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffPhotoType(bytes(0xff, 0xd8))).toBeNull();
    expect(photoProblem('工地.jpg', Buffer.from('%PDF-1.7'))?.code).toBe('not_an_image');
    expect(photoProblem('report.pdf', JPEG)).toBeNull();
  });

  it('refuses an empty or too large photo, and too many, saying how large and how many', () => {
    expect(photoProblem('a.jpg', bytes())?.code).toBe('empty');
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(JPEG);
    const problem = photoProblem('a.jpg', big);
    expect(problem).toMatchObject({ code: 'too_large', params: { bytes: big.length, maxBytes: 10 * 1024 * 1024 } });
    expect(problem?.message.zh).toBe('“a.jpg”有 11 MB，照片最大 10 MB');
    expect(photoProblem('a.jpg', big, { maxBytes: 12 * 1024 * 1024, maxCount: 5 })).toBeNull();
    expect(photoCountProblem(5)).toBeNull();
    expect(photoCountProblem(6)?.message.en).toBe('At most 5 photos per report (6 chosen)');
  });
});
