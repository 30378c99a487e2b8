import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'northamptonshire',
  name: 'Northamptonshire Police',
  shortName: 'Northamptonshire',
  colours: {
    brand: '#17457e',
    'brand-contrast': '#ffffff',
    text: '#0f141a',
    'secondary-text': '#5e6773',
    link: '#155fbb',
    'link-visited': '#8d3bb1',
    focus: '#ffdd00',
    'focus-text': '#0f141a',
    error: '#c5251c',
    success: '#0a753c',
    border: '#77808b',
    background: '#ffffff',
    surface: '#f2f4f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.northants.police.uk'],
  aliases: ['northants.police.uk'],
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
