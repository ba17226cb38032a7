<?php

use Illuminate\Support\Facades\Schedule;

Schedule::command('photos:prune-drafts')
    ->daily()
    ->onOneServer();

Schedule::command('reports:generate')->daily();

Schedule::command('photos:refresh-cdn-urls')
    ->hourly()
    ->onOneServer();
