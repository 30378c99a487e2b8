import type { Meta, StoryObj } from '@storybook/react-vite'
import { Table } from './table.tsx'
import { Tag } from '../tag/tag.tsx'

const meta = {
  title: 'Content/Table',
  component: Table,
  tags: ['autodocs'],
  args: {
    caption: 'Your reports',
    columns: [{ header: 'Reference' }, { header: 'Submitted' }, { header: 'Status' }],
    rows: [
      ['LE-2025-0004-7J3K', '27 March 2025', <Tag key="s">Received</Tag>],
      ['LE-2025-0001-2B9Q', '2 February 2025', <Tag key="s" status="success">Resolved</Tag>],
    ],
    firstCellIsHeader: true,
  },
  parameters: {
    docs: {
      description: {
        component: `Data people compare across rows and columns.

**When not to use:** for layout, or for key/value facts (use SummaryList).

**Accessibility:** always captioned; \`<th scope="col">\` headers and optional row headers; numbers right-aligned with
tabular figures. Wide tables scroll inside a focusable, named region instead of the page (WCAG 1.4.10).`,
      },
    },
  },
} satisfies Meta<typeof Table>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Numeric: Story = {
  args: {
    caption: 'Reports by month',
    columns: [{ header: 'Month' }, { header: 'Reports', numeric: true }, { header: 'Resolved', numeric: true }],
    rows: [
      ['January', '1,204', '1,010'],
      ['February', '987', '880'],
      ['March', '1,433', '1,105'],
    ],
  },
}
export const Welsh: Story = {
  args: {
    caption: 'Eich adroddiadau',
    columns: [{ header: 'Cyfeirnod' }, { header: 'Cyflwynwyd' }, { header: 'Statws' }],
    rows: [['DP-2025-0004-7J3K', '27 Mawrth 2025', <Tag key="s">Wedi’i dderbyn</Tag>]],
  },
}
