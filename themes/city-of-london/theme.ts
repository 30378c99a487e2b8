import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'city-of-london',
  name: 'City of London Police',
  shortName: 'City of London',
  colours: {
    brand: '#4d4f1d',
    'brand-contrast': '#ffffff',
    text: '#191a0f',
    'secondary-text': '#696956',
    link: '#1660c2',
    'link-visited': '#913cb5',
    focus: '#ffdd00',
    'focus-text': '#191a0f',
    error: '#c9251d',
    success: '#0a783d',
    border: '#828370',
    background: '#ffffff',
    surface: '#f8f8f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.cityoflondon.police.uk'],
  aliases: ['cityoflondon.police.uk'],
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
