import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'durham',
  name: 'Durham Constabulary',
  shortName: 'Durham',
  colours: {
    brand: '#375415',
    'brand-contrast': '#ffffff',
    text: '#151a0f',
    'secondary-text': '#626b58',
    link: '#1660c2',
    'link-visited': '#903cb4',
    focus: '#ffdd00',
    'focus-text': '#151a0f',
    error: '#c9251d',
    success: '#0a783d',
    border: '#7b8471',
    background: '#ffffff',
    surface: '#f5f8f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '0',
  hostnames: ['www.durham.police.uk'],
  aliases: ['durham.police.uk'],
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
