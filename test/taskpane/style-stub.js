// Jest stub for CSS imports in the task pane tests (jest.config.js "dom" project maps .css here).
module.exports = {};
