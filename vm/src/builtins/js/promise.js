// Self-hosted built-ins: promise (being written).
(function ($) {
  'use strict';
});
