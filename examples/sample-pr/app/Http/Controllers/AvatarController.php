<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;

class AvatarController extends Controller
{
    public function show(Request $request)
    {
        return view('profile.show', ['user' => $request->user()]);
    }

    public function update(Request $request)
    {
        $request->validate([
            'avatar' => ['required', 'image', 'max:2048'],
            'cover' => ['nullable', 'image', 'max:10240'],
        ]);

        $avatarPath = $request->file('avatar')->store('avatars');

        $request->user()->update(['avatar_path' => $avatarPath]);

        if ($request->hasFile('cover')) {
            $coverPath = $request->file('cover')->store('covers', 's3');

            $request->user()->update(['cover_url' => Storage::disk('s3')->url($coverPath)]);
        }

        return redirect('/profile');
    }
}
