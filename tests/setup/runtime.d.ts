// The framework plugin's runtime ships without types; the setup file calls this one function.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export function createH5NativeComponentConfig(
    component: unknown,
    react: unknown,
    reactDOM: unknown
  ): unknown
}
