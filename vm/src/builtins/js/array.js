// Self-hosted built-ins: array (being written).
(function ($) {
  'use strict';
});
