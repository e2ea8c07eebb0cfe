import { CAPTCHA_ALPHABET, canonicalAnswer, displayForm, generateCaptchaCode } from './captcha-code';
import { renderCaptchaPng } from './captcha-renderer';

describe('generateCaptchaCode', () => {
  it('draws 4 characters from the alphabet', () => {
    for (let round = 0; round < 200; round++) {
      const code = generateCaptchaCode(4);
      expect(code).toMatch(new RegExp(`^[${CAPTCHA_ALPHABET}]{4}$`));
    }
  });

  it('leaves out look-alike characters', () => {
    for (const lookAlike of ['0', 'O', 'Q', '1', 'I', 'L', '5', '8', 'Z']) {
      expect(CAPTCHA_ALPHABET).not.toContain(lookAlike);
    }
  });

  it('varies between draws', () => {
    const codes = new Set(Array.from({ length: 50 }, () => generateCaptchaCode(4)));
    expect(codes.size).toBeGreaterThan(40);
  });
});

describe('displayForm', () => {
  it('changes only the case', () => {
    for (let round = 0; round < 50; round++) {
      const code = generateCaptchaCode(4);
      expect(displayForm(code).toUpperCase()).toBe(code);
    }
  });

  it('keeps G in upper case', () => {
    for (let round = 0; round < 20; round++) {
      expect(displayForm('GGGG')).toBe('GGGG');
    }
  });
});

describe('canonicalAnswer', () => {
  it('ignores case and surrounding spaces', () => {
    expect(canonicalAnswer(' wVgY ')).toBe('WVGY');
  });
});

describe('renderCaptchaPng', () => {
  it('draws a 180 by 64 PNG', () => {
    const png = renderCaptchaPng('wVgY');

    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(180);
    expect(png.readUInt32BE(20)).toBe(64);
  });

  it('draws a different image each time', () => {
    expect(renderCaptchaPng('ABCD').equals(renderCaptchaPng('ABCD'))).toBe(false);
  });
});
