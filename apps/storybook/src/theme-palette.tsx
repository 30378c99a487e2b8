import { registry } from '@bluelamp/tenants/registry'
import { COLOUR_ROLES, checkContrast } from '@bluelamp/tenants'

export interface ThemePaletteProps {
  tenantId: string
}

/**
 * A force theme's palette and the contrast ratio of every role pair in CONTRAST_PAIRS. Swatches are painted with
 * the theme's own values, read from the registry, so this page shows exactly what the build validated.
 */
export function ThemePalette({ tenantId }: ThemePaletteProps) {
  const tenant = registry.tenants[tenantId]
  if (!tenant) return <p>No theme with the id “{tenantId}”.</p>
  const results = checkContrast(tenant.colours)
  return (
    <div className="max-w-[960px] text-text">
      <h1 className="mb-2 text-3xl font-bold">{tenant.name}</h1>
      <p className="mb-6 text-base text-secondary-text">
        Theme folder <code>themes/{tenant.id}/</code> · font <code>{tenant.font}</code> · corner radius <code>{tenant.radius}</code>
      </p>
      <h2 className="mb-3 text-2xl font-bold">Colour roles</h2>
      <ul className="mb-8 grid list-none grid-cols-2 gap-3 p-0 sm:grid-cols-4">
        {COLOUR_ROLES.map((role) => (
          <li key={role} className="border border-border">
            <div className="h-14 border-b border-border" style={{ backgroundColor: tenant.colours[role] }} />
            <div className="bg-background p-2 text-sm">
              <strong className="block">{role}</strong>
              <code>{tenant.colours[role]}</code>
            </div>
          </li>
        ))}
      </ul>
      <h2 className="mb-3 text-2xl font-bold">Contrast of role pairs</h2>
      <div className="overflow-x-auto" role="region" aria-labelledby={`${tenant.id}-contrast-caption`} tabIndex={0}>
        <table className="w-full border-collapse text-base">
          <caption id={`${tenant.id}-contrast-caption`} className="mb-2 text-left text-secondary-text">
            WCAG 2.2 contrast ratios: 4.5:1 for text, 3:1 for large text, borders and focus indicators.
          </caption>
          <thead>
            <tr>
              {['Sample', 'Foreground', 'Background', 'Ratio', 'Minimum', 'Used for'].map((h) => (
                <th key={h} scope="col" className="border-b border-border py-2 pr-3 text-left">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={`${r.foreground}-${r.background}`}>
                <td className="border-b border-border py-2 pr-3">
                  <span
                    // 3:1 pairs are shown as large bold text, the size at which 3:1 is the WCAG text minimum.
                    className={r.minimum === 3 ? 'inline-block px-2 text-2xl font-bold' : 'inline-block px-2 text-base'}
                    style={{ color: tenant.colours[r.foreground], backgroundColor: tenant.colours[r.background] }}
                  >
                    Aa
                  </span>
                </td>
                <td className="border-b border-border py-2 pr-3">{r.foreground}</td>
                <td className="border-b border-border py-2 pr-3">{r.background}</td>
                <td className="border-b border-border py-2 pr-3 font-bold tabular-nums">{r.ratio.toFixed(2)}:1</td>
                <td className="border-b border-border py-2 pr-3 tabular-nums">{r.minimum}:1</td>
                <td className="border-b border-border py-2 pr-3">
                  {r.why} {r.passes ? '✓' : '✗ fails'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
