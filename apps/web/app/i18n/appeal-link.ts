/** A report given from an appeal's page: what the person and the staff see of the appeal it is about. */
export const en = {
  givingAbout: 'You are giving information about appeal {{reference}}',
  staffLabel: 'Appeal',
  staffValue: 'Given from the page of appeal {{reference}}',
  staffView: 'View the appeal',
  staffGone: 'The appeal is no longer on the website.',
  filterLabel: 'Appeal',
  filterAnyAppeal: 'Linked to any appeal',
  tag: 'Appeal {{reference}}',
}

export const cy: Record<keyof typeof en, string> = {
  givingAbout: 'Rydych chi’n rhoi gwybodaeth am apêl {{reference}}',
  staffLabel: 'Apêl',
  staffValue: 'Wedi’i roi o dudalen apêl {{reference}}',
  staffView: 'Gweld yr apêl',
  staffGone: 'Nid yw’r apêl ar y wefan mwyach.',
  filterLabel: 'Apêl',
  filterAnyAppeal: 'Yn gysylltiedig ag unrhyw apêl',
  tag: 'Apêl {{reference}}',
}
