import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'warwickshire',
  name: 'Warwickshire Police',
  shortName: 'Warwickshire',
  colours: {
    brand: '#4b40bf',
    'brand-contrast': '#ffffff',
    text: '#100f1a',
    'secondary-text': '#656379',
    link: '#5143ea',
    'link-visited': '#8c3aaf',
    focus: '#ffdd00',
    'focus-text': '#100f1a',
    error: '#c4241c',
    success: '#09753c',
    border: '#7e7d90',
    background: '#ffffff',
    surface: '#f2f2f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.warwickshire.police.uk'],
  aliases: ['warwickshire.police.uk'],
  locales: ['en'],
  contact: {
    nonEmergency: '101',
    textphone: '18001 101',
    emergencyTextRelay: '18000',
  },
  social: [],
  options: {
    disabledServices: [],
    enabledServices: [],
    localContacts: [],
  },
})
