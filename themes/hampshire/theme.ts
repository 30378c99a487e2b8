import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'hampshire',
  name: 'Hampshire Constabulary',
  shortName: 'Hampshire',
  colours: {
    brand: '#303c95',
    'brand-contrast': '#ffffff',
    text: '#0f101a',
    'secondary-text': '#626477',
    link: '#364be9',
    'link-visited': '#8c3aaf',
    focus: '#ffdd00',
    'focus-text': '#0f101a',
    error: '#c4241c',
    success: '#09753c',
    border: '#7b7e8f',
    background: '#ffffff',
    surface: '#f2f2f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.hampshire.police.uk'],
  aliases: ['hampshire.police.uk'],
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
