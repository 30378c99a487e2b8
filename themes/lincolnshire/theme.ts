import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'lincolnshire',
  name: 'Lincolnshire Police',
  shortName: 'Lincolnshire',
  colours: {
    brand: '#96329a',
    'brand-contrast': '#ffffff',
    text: '#190f1a',
    'secondary-text': '#745f75',
    link: '#155ebe',
    'link-visited': '#8d3bb1',
    focus: '#ffdd00',
    'focus-text': '#190f1a',
    error: '#c5251c',
    success: '#0a753c',
    border: '#8d798d',
    background: '#ffffff',
    surface: '#f8f2f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.lincs.police.uk'],
  aliases: ['lincs.police.uk'],
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
