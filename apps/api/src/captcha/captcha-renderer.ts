import { createCanvas, GlobalFonts, SKRSContext2D } from '@napi-rs/canvas';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const WIDTH = 180;
const HEIGHT = 64;
const FONT_FAMILY = 'CaptchaMarianne';

// Dark colours only: each keeps a contrast ratio above 4.5:1 on the light background.
const INK_COLOURS = ['#161616', '#000091', '#6a1c0f', '#1f4d2e', '#3a3a3a'];

let fontRegistered = false;

/**
 * Registers the bold Marianne face shipped with @gouvfr/dsfr, so that the image
 * does not depend on fonts installed on the server.
 */
function registerFont(): void {
  if (fontRegistered) {
    return;
  }
  const candidates = [
    join(process.cwd(), 'node_modules/@gouvfr/dsfr/dist/fonts/Marianne-Bold.woff2'),
    join(__dirname, '../../../node_modules/@gouvfr/dsfr/dist/fonts/Marianne-Bold.woff2'),
  ];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (file === undefined) {
    throw new Error('Captcha font Marianne-Bold.woff2 not found: is @gouvfr/dsfr installed?');
  }
  GlobalFonts.registerFromPath(file, FONT_FAMILY);
  fontRegistered = true;
}

function randomBetween(min: number, max: number): number {
  return min + (randomInt(0, 10_000) / 10_000) * (max - min);
}

function drawNoise(context: SKRSContext2D): void {
  for (let line = 0; line < 6; line++) {
    context.strokeStyle = `rgba(58, 58, 58, ${randomBetween(0.25, 0.45)})`;
    context.lineWidth = randomBetween(1, 2);
    context.beginPath();
    context.moveTo(randomBetween(0, WIDTH), randomBetween(0, HEIGHT));
    context.bezierCurveTo(
      randomBetween(0, WIDTH),
      randomBetween(0, HEIGHT),
      randomBetween(0, WIDTH),
      randomBetween(0, HEIGHT),
      randomBetween(0, WIDTH),
      randomBetween(0, HEIGHT),
    );
    context.stroke();
  }

  for (let dot = 0; dot < 120; dot++) {
    context.fillStyle = `rgba(22, 22, 22, ${randomBetween(0.1, 0.35)})`;
    context.fillRect(randomBetween(0, WIDTH), randomBetween(0, HEIGHT), 2, 2);
  }
}

/** Draws the characters as a PNG with rotation, jitter and noise that keep them readable. */
export function renderCaptchaPng(characters: string): Buffer {
  registerFont();

  const canvas = createCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f6f6f6';
  context.fillRect(0, 0, WIDTH, HEIGHT);
  drawNoise(context);

  const slot = WIDTH / (characters.length + 0.5);
  Array.from(characters).forEach((character, index) => {
    context.save();
    context.translate(slot * (index + 0.75), HEIGHT / 2 + randomBetween(-5, 5));
    context.rotate(randomBetween(-0.35, 0.35));
    context.font = `bold ${Math.round(randomBetween(32, 40))}px ${FONT_FAMILY}`;
    context.fillStyle = INK_COLOURS[randomInt(0, INK_COLOURS.length)];
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(character, 0, 0);
    context.restore();
  });

  return canvas.toBuffer('image/png');
}
