# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for waconsole-cli: the commands, each command's options, and files where a
# file goes.
_waconsole_cli()
{
    local cur prev words cword
    _init_completion || return

    local commands="validate template-check roundtrip send upload render history conversations listen templates"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        if [[ " $commands " == *" ${words[i]} "* ]]; then
            command=${words[i]}
            break
        fi
    done

    case $prev in
        -o | --output | --template-def)
            _filedir
            return
            ;;
        --theme)
            COMPREPLY=($(compgen -W "light dark" -- "$cur"))
            return
            ;;
        --state)
            COMPREPLY=($(compgen -W "closed open" -- "$cur"))
            return
            ;;
        --format)
            if [[ $command == history ]]; then
                COMPREPLY=($(compgen -W "table csv json" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "table json" -- "$cur"))
            fi
            return
            ;;
        --profile | --base-url | --phone-number-id | --api-version | --timeout | --type | \
            --width | --scale | --time | --filter | --limit | --waba-id | --with | --listen | \
            --port | --path | --forward)
            return # a value of the user's own
            ;;
    esac

    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    local options
    case $command in
        validate | template-check | roundtrip) options="" ;;
        send) options="--profile --base-url --phone-number-id --api-version --timeout --send-anyway --no-history" ;;
        upload) options="--profile --base-url --phone-number-id --api-version --timeout --type" ;;
        render) options="--output --theme --state --width --scale --template-def --time" ;;
        history) options="--filter --limit --format" ;;
        conversations) options="--with --limit --format" ;;
        listen) options="--profile --listen --port --path --forward" ;;
        templates) options="--profile --cached --base-url --waba-id --format" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options --help" -- "$cur"))
        return
    fi
    case $command in
        validate | template-check | roundtrip | send | render) _filedir json ;;
        upload) _filedir ;;
    esac
} && complete -F _waconsole_cli waconsole-cli
