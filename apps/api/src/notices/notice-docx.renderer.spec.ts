import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderNoticeDocx } from './notice-docx.renderer.js';

const NOTICE = {
  title: '处理意见书',
  paragraphs: ['刘女士：', '您反映的“供水”问题，答复如下：', '已加装增压泵 & 恢复供水。'],
  kindLabel: '信访件',
  code: 'XF-20261202-0001',
  unitName: '园区管理委员会',
  dateLine: '2026年12月2日',
};

describe('renderNoticeDocx', () => {
  it('lays the notice out on A4 with the 仿宋 body, named not embedded, and the unit and date at the foot', async () => {
    const started = performance.now();
    const buffer = await renderNoticeDocx(NOTICE);
    const took = performance.now() - started;
    const files = unzipSync(new Uint8Array(buffer));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('w:w="11906" w:h="16838"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:ascii="FangSong"');
    // Title 二号 (44 half-points) bold, body 三号 (32), a two-character first-line indent.
    expect(xml).toMatch(/<w:b\/>.*<w:sz w:val="44"\/>/s);
    expect(xml).toContain('w:firstLineChars="200"');
    expect(xml).toContain('信访件编号：XF-20261202-0001');
    expect(xml).toContain('已加装增压泵 &amp; 恢复供水。');
    expect(xml.indexOf('园区管理委员会')).toBeLessThan(xml.indexOf('2026年12月2日'));
    expect(Object.keys(files).some((name) => name.startsWith('word/fonts/'))).toBe(false);
    expect(buffer.length).toBeLessThan(30_000);
    console.info(`renderNoticeDocx: ${buffer.length} bytes in ${took.toFixed(1)} ms (first call)`);
  });
});
