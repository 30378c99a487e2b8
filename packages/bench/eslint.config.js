import { preset } from '@bluelamp/config/eslint'

export default preset()
