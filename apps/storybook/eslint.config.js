export { default } from '@bluelamp/config/eslint'
