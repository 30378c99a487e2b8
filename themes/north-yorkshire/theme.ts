import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'north-yorkshire',
  name: 'North Yorkshire Police',
  shortName: 'North Yorkshire',
  colours: {
    brand: '#2f4893',
    'brand-contrast': '#ffffff',
    text: '#0f121a',
    'secondary-text': '#606575',
    link: '#2051e6',
    'link-visited': '#8c3bb0',
    focus: '#ffdd00',
    'focus-text': '#0f121a',
    error: '#c4241c',
    success: '#0a753c',
    border: '#7a7f8e',
    background: '#ffffff',
    surface: '#f2f3f8',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '2px',
  hostnames: ['www.northyorkshire.police.uk'],
  aliases: ['northyorkshire.police.uk'],
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
