module.exports = {
  extends: ['taro/react', 'plugin:react-hooks/recommended'],
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'no-console': ['error', { allow: ['warn', 'error'] }],
    'import/no-commonjs': 'off'
  },
  overrides: [
    {
      files: ['scripts/**/*.mjs', 'tests/**/*.mjs'],
      parserOptions: { sourceType: 'module', ecmaVersion: 2022, requireConfigFile: false },
      env: { node: true, es2022: true },
      rules: { 'no-console': 'off' }
    },
    {
      files: ['tests/**/*'],
      env: { jest: true, node: true }
    }
  ]
}
