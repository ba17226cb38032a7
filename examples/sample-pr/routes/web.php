<?php

use App\Http\Controllers\AvatarController;
use App\Http\Controllers\PhotoController;
use Illuminate\Support\Facades\Route;

Route::get('/', [PhotoController::class, 'index']);
Route::post('/photos', [PhotoController::class, 'store']);

Route::middleware('auth')->group(function () {
    Route::get('/profile', [AvatarController::class, 'show']);
    Route::post('/profile/avatar', [AvatarController::class, 'update']);
});
