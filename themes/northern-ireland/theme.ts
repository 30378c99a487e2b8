import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: 'northern-ireland',
  name: 'Police Service of Northern Ireland',
  shortName: 'PSNI',
  colours: {
    brand: '#a83438',
    'brand-contrast': '#ffffff',
    text: '#1a0f10',
    'secondary-text': '#766061',
    link: '#155ebe',
    'link-visited': '#8d3bb0',
    focus: '#ffdd00',
    'focus-text': '#1a0f10',
    error: '#c4241c',
    success: '#0a753c',
    border: '#8e7b7b',
    background: '#ffffff',
    surface: '#f8f2f2',
  },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  radius: '4px',
  hostnames: ['www.psni.police.uk'],
  aliases: ['psni.police.uk'],
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
