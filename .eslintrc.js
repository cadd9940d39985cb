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
      // A pasted text can be 20,000 characters of anything: a pattern that backtracks or rescans on it would freeze
      // the page (风险自测 once took 0.4 s here, seconds on an old phone, on unclosed quotation marks).
      files: ['src/**/*.{ts,tsx}'],
      plugins: ['regexp'],
      rules: {
        'regexp/no-super-linear-backtracking': 'error',
        'regexp/no-super-linear-move': 'error',
        // The ES5 build turns String.raw`…` into a helper that stores the text twice (851 B in CI, round 50).
        'no-restricted-syntax': [
          'error',
          {
            selector: "TaggedTemplateExpression[tag.object.name='String'][tag.property.name='raw']",
            message: 'Use a plain string: String.raw is stored twice in the ES5 build.'
          }
        ]
      }
    },
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
