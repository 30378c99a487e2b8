// Server-rendered SVG charts: d3-scale does the maths (scales, nice ticks), React writes the SVG, and the page ships
// no JavaScript for it. Each chart is an image with a text alternative that points at the table beside it, which
// carries the same figures (WCAG 1.1.1). Colours are the theme's role tokens, so every force's chart is its own.
import { scaleBand, scaleLinear } from 'd3-scale'

export interface BarSeries {
  label: string
  value: number
}

const WIDTH = 640
const BAR_HEIGHT = 28
const LABEL_WIDTH = 220
const MARGIN = { top: 24, right: 48, bottom: 8 }

/** Horizontal bars: one per label, with the value printed at the end of each bar. */
export function BarChart({ data, title, description }: { data: BarSeries[]; title: string; description: string }) {
  const height = MARGIN.top + MARGIN.bottom + Math.max(1, data.length) * BAR_HEIGHT
  const x = scaleLinear()
    .domain([0, Math.max(1, ...data.map((d) => d.value))])
    .nice()
    .range([LABEL_WIDTH, WIDTH - MARGIN.right])
  const y = scaleBand()
    .domain(data.map((d) => d.label))
    .range([MARGIN.top, height - MARGIN.bottom])
    .padding(0.2)
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`${title}. ${description}`} className="mb-4 max-w-2xl" data-chart="">
      {x.ticks(5).map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top - 4} y2={height - MARGIN.bottom} className="stroke-border" strokeWidth={1} />
          <text x={x(tick)} y={MARGIN.top - 8} textAnchor="middle" className="fill-secondary-text" fontSize={12}>
            {tick}
          </text>
        </g>
      ))}
      {data.map((d) => (
        <g key={d.label}>
          <text x={LABEL_WIDTH - 8} y={(y(d.label) ?? 0) + y.bandwidth() / 2} dominantBaseline="middle" textAnchor="end" className="fill-text" fontSize={14}>
            {d.label.length > 30 ? `${d.label.slice(0, 29)}…` : d.label}
          </text>
          <rect x={LABEL_WIDTH} y={y(d.label)} width={Math.max(0, x(d.value) - LABEL_WIDTH)} height={y.bandwidth()} className="fill-brand" />
          <text x={x(d.value) + 6} y={(y(d.label) ?? 0) + y.bandwidth() / 2} dominantBaseline="middle" className="fill-text" fontSize={14} fontWeight="bold">
            {d.value}
          </text>
        </g>
      ))}
    </svg>
  )
}
