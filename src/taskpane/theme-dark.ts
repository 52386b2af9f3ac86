/** Lazy chunk: Fluent's dark theme. */
export { webDarkTheme } from '@fluentui/react-components';
