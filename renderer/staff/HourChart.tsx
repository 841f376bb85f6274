const WIDTH = 720;
const HEIGHT = 200;
const TOP = 28;
const BOTTOM = 36;
// Room at both ends, so "12am" under the first bar is not cut off.
const SIDE = 18;
const SLOT = (WIDTH - 2 * SIDE) / 24;

const hourLabel = (hour: number) => `${hour % 12 === 0 ? 12 : hour % 12}${hour < 12 ? 'am' : 'pm'}`;

/**
 * Signups per hour today as a plain SVG bar chart: one bar per hour of the kiosk's clock, its
 * count above it, the hour every three bars. Screen readers get the same numbers in words.
 */
export function HourChart({ counts }: { counts: readonly number[] }) {
  const max = Math.max(1, ...counts);
  const scale = (HEIGHT - TOP - BOTTOM) / max;
  const busy = counts.flatMap((count, hour) => (count > 0 ? [`${count} at ${hourLabel(hour)}`] : []));
  return (
    <svg
      className="hour-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={busy.length ? `Signups per hour today: ${busy.join(', ')}.` : 'No signups yet today.'}
    >
      <line className="axis" x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
      {counts.map((count, hour) => {
        const height = count * scale;
        const x = SIDE + hour * SLOT;
        return (
          <g key={hour}>
            {count > 0 && (
              <>
                <rect
                  className="bar"
                  x={x + 3}
                  width={SLOT - 6}
                  y={HEIGHT - BOTTOM - height}
                  height={height}
                />
                <text className="count" x={x + SLOT / 2} y={HEIGHT - BOTTOM - height - 6}>
                  {count}
                </text>
              </>
            )}
            {hour % 3 === 0 && (
              <text className="hour" x={x + SLOT / 2} y={HEIGHT - 10}>
                {hourLabel(hour)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
